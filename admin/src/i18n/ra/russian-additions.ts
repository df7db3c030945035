// ra-language-russian 5.4.5 lacks two keys that react-admin 5.15 has; the rest of the pack matches.
export default {
  guesser: { empty: { title: "Нет данных для отображения", message: "Проверьте настройки поставщика данных" } },
};
