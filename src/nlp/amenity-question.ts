import type { Language } from './nlp.types';

/**
 * "¿tenéis sauna?", "is there a gym?": a guest asking whether the hotel has something. Such a
 * question is about the hotel even when the thing is a word no intent was trained on, so the
 * out-of-vocabulary gate lets it through as hotel_info (whose answer lists what the hotel has)
 * instead of answering "I did not understand". Only the have / there-is forms: "¿puedo…?" and
 * "can I…?" ask for permission, and "hay que…" means "one must". Matched on normalised text (lower
 * case, no accents).
 */
const AMENITY_QUESTION: Record<Language, RegExp> = {
  es: /^(?:(?:y|el hotel|ustedes|en el hotel) )*(?:tienen|tiene|teneis|tenes|hay(?! que\b)|cuentan con|ofrecen|disponen de)\b/,
  en: /^(?:(?:and|so) )*(?:do you have|does the hotel have|is there|are there|have you got|do you offer|does the room have)\b/,
};

export function asksWhetherHotelHas(normalised: string, language: Language): boolean {
  return AMENITY_QUESTION[language].test(normalised);
}

/** The words that make a message ask whether the hotel has something ("is there"), or null. */
export function amenityQuestionOpener(normalised: string, language: Language): string | null {
  return AMENITY_QUESTION[language].exec(normalised)?.[0] ?? null;
}
