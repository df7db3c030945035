// The public exit survey's messages in Arabic.
import type { SurveyMessages } from "./en.ts";

const survey: SurveyMessages = {
  title: "لماذا تغادرنا؟",
  greeting: "مرحبًا %{name}، يؤسفنا رحيلك. هل تخبرنا بالسبب؟ لن يستغرق ذلك أكثر من دقيقة، ونقرأ كل إجابة.",
  open_until: "يمكنك الإجابة حتى %{date}.",
  language: "اللغة",
  required_error: "يُرجى الإجابة عن هذا السؤال.",
  answer_refused: "لم تُقبل هذه الإجابة، يُرجى مراجعتها.",
  submit: "إرسال إجاباتي",
  submitting: "جارٍ الإرسال…",
  submit_error: "تعذّر إرسال إجاباتك. تحقّق من اتصالك وحاول مرة أخرى.",
  retry: "حاول مرة أخرى",
  thanks_title: "شكرًا لك",
  thanks_body: "وصلتنا إجاباتك. فهي تساعدنا على أن نكون أفضل لك وللجميع.",
  invalid_title: "هذا الرابط غير صالح",
  invalid_body: "تأكّد من نسخ الرابط كاملًا، أو اطلب منا رابطًا جديدًا.",
  expired_title: "أُغلق هذا الاستبيان",
  expired_body: "لم يعد هذا الرابط يقبل الإجابات. نشكرك على وقتك على أي حال.",
  completed_title: "تمت الإجابة عن هذا الاستبيان من قبل",
  completed_body: "وصلتنا إجاباتك. شكرًا لك.",
  error_title: "تعذّر تحميل الاستبيان",
  error_body: "حدث خطأ لدينا أو في الطريق. حاول مرة أخرى بعد قليل.",
};

export default survey;
