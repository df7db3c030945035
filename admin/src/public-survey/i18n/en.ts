// The public exit survey's messages in English (the source of the keys the other languages translate).
const survey = {
  title: "Why are you leaving?",
  greeting: "Hello %{name}, we are sorry to see you go. Would you tell us why? It takes a minute, and we read every answer.",
  open_until: "You can answer until %{date}.",
  language: "Language",
  required_error: "Please answer this question.",
  answer_refused: "This answer was not accepted: please check it.",
  submit: "Send my answers",
  submitting: "Sending…",
  submit_error: "Your answers could not be sent. Check your connection and try again.",
  retry: "Try again",
  thanks_title: "Thank you",
  thanks_body: "Your answers have reached us. They help us do better for you and for everyone else.",
  invalid_title: "This link is not valid",
  invalid_body: "Check that the whole link was copied, or ask us for a new one.",
  expired_title: "This survey has closed",
  expired_body: "The link is no longer open for answers. Thank you for your time all the same.",
  completed_title: "This survey has already been answered",
  completed_body: "We have your answers. Thank you.",
  error_title: "The survey could not be loaded",
  error_body: "Something went wrong on our side or on the way. Try again in a moment.",
};

export type SurveyMessages = typeof survey;
export default survey;
