// The public exit survey's messages in Turkish.
import type { SurveyMessages } from "./en.ts";

const survey: SurveyMessages = {
  title: "Neden ayrılıyorsunuz?",
  greeting: "Merhaba %{name}, ayrıldığınız için üzgünüz. Nedenini bize anlatır mısınız? Bir dakikanızı alır ve her yanıtı okuyoruz.",
  open_until: "%{date} tarihine kadar yanıtlayabilirsiniz.",
  language: "Dil",
  required_error: "Lütfen bu soruyu yanıtlayın.",
  answer_refused: "Bu yanıt kabul edilmedi, lütfen kontrol edin.",
  submit: "Yanıtlarımı gönder",
  submitting: "Gönderiliyor…",
  submit_error: "Yanıtlarınız gönderilemedi. Bağlantınızı kontrol edip yeniden deneyin.",
  retry: "Yeniden dene",
  thanks_title: "Teşekkür ederiz",
  thanks_body: "Yanıtlarınız bize ulaştı. Sizin ve herkes için daha iyi olmamıza yardımcı oluyorlar.",
  invalid_title: "Bu bağlantı geçerli değil",
  invalid_body: "Bağlantının tamamının kopyalandığından emin olun ya da bizden yeni bir bağlantı isteyin.",
  expired_title: "Bu anket kapandı",
  expired_body: "Bu bağlantı artık yanıt kabul etmiyor. Yine de ayırdığınız zaman için teşekkürler.",
  completed_title: "Bu anket zaten yanıtlanmış",
  completed_body: "Yanıtlarınız bize ulaştı. Teşekkür ederiz.",
  error_title: "Anket yüklenemedi",
  error_body: "Bizim tarafımızda ya da yolda bir sorun oluştu. Biraz sonra yeniden deneyin.",
};

export default survey;
