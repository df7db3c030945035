import type { MessageTexts } from "./types.ts";

export const tr: MessageTexts = {
  WE_MISS_YOU: {
    subject: "{{customer.name}}, sizi özledik",
    body: "Merhaba {{customer.name}},\n\nUzun zaman oldu ve sizi aramızda görmeyi özledik. Ayrıldığınızdan beri pek çok şey iyileşti; verileriniz hâlâ burada ve hazır.\n\nBu e-postayı yanıtlayın, her şeyi sizin için yeniden kuralım.",
  },
  WIN_BACK_PRICE: {
    subject: "Geri dönüşünüz için özel bir teklif",
    body: "Merhaba {{customer.name}},\n\nFiyatın önemli olduğunu biliyoruz. Bizimle geçirdiğiniz zamana teşekkür olarak size özel bir teklifimiz var: {{offer}}.\n\nTeklif 30 gün geçerlidir. Yararlanmak için bu e-postayı yanıtlayın.",
  },
  WIN_BACK_SERVICE: {
    subject: "Sizi dinledik; işte değişenler",
    body: "Merhaba {{customer.name}},\n\nHizmetimizin sizi hayal kırıklığına uğrattığını söylediniz ve haklıydınız. O zamandan beri yanıt sürelerimizi kısalttık ve artık her talebiniz için belirli bir yetkiliniz var.\n\nBunu kısa bir görüşmede size göstermekten memnuniyet duyarız.",
  },
  WIN_BACK_OPTIONS: {
    subject: "Beğeneceğinizi düşündüğümüz yeni seçenekler",
    body: "Merhaba {{customer.name}},\n\nAyrıldığınızdan beri yeni paketler ve ürünler ekledik; birçoğu sizin gibi müşterilerin istekleriyle geliştirildi.\n\nBir göz atın ve size neyin uygun olacağını söyleyin: {{offer}}",
  },
  FEATURE_SHIPPED: {
    subject: "İstediniz, yaptık: {{feature.title}} yayında",
    body: "Merhaba {{customer.name}},\n\nAyrılırken {{feature.title}} özelliğine ihtiyacınız olduğunu söylemiştiniz. Bu özelliği az önce yayınladık ve onu geliştirmemizin nedenlerinden biri sizdiniz.\n\nDenemenizi çok isteriz. Yanıtlayın, hesabınızı yeniden etkinleştirelim.",
  },
  PAYMENT_RECOVERY: {
    subject: "Ödemeniz gerçekleşmedi",
    body: "Merhaba {{customer.name}},\n\nSon ödemenizi işleyemedik; bunun nedeni genellikle kartın süresinin dolmasıdır. Lütfen ödeme bilgilerinizi buradan güncelleyin: {{payment.link}}\n\nBu sırada hizmetiniz devam ediyor; yardıma ihtiyacınız olursa yanıtlamanız yeterli.",
  },
  BIRTHDAY: {
    subject: "İyi ki doğdunuz, {{customer.name}}!",
    body: "Merhaba {{customer.name}},\n\nEkibimizin tamamı doğum gününüzü kutlar, başarılarla dolu bir yıl diler.\n\nBizimle olduğunuz için teşekkür ederiz.",
  },
  ANNIVERSARY: {
    subject: "Birlikte geçen bir yıl daha için teşekkürler",
    body: "Merhaba {{customer.name}},\n\nBugün bize katılmanızın üzerinden bir yıl daha geçti. Güveniniz için teşekkür ederiz.\n\nKüçük bir teşekkür olarak sizi sadakat programımıza davet ediyoruz: {{offer}}",
  },
  EXIT_SURVEY_INVITE: {
    subject: "Neden ayrıldığınızı bize söyler misiniz?",
    body: "Merhaba {{customer.name}},\n\nAyrıldığınız için üzgünüz. Nedenini bize anlatır mısınız? Yalnızca iki dakika sürer ve herkes için daha iyi olmamıza yardımcı olur: {{survey.link}}\n\nTeşekkür ederiz.",
  },
};
