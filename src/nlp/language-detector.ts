import { createRequire } from 'node:module';
import { corpusLanguageCues, detectorWords } from './corpus-language-cues';
import type { Language } from './nlp.types';
import { type Corpus, loadCorpora } from './training-corpus';

export interface DetectedLanguage {
  language: Language;
  /** 0–1; one unambiguous cue word gives about 0.63, two about 0.86. */
  confidence: number;
}

export interface LanguageChoice {
  detected: DetectedLanguage | null;
  sessionLanguage?: Language | null;
  tenantDefault: Language;
}

export interface LanguageChoiceOptions {
  /** Confidence needed to follow the guess when the session has no language yet. */
  minConfidence?: number;
  /** Confidence needed to switch away from the session's language. */
  switchConfidence?: number;
}

// NLP.js ships no type declarations: it is loaded untyped and only the part used here is described.
interface LanguageGuess {
  alpha2: string;
  score: number;
}
interface LanguageGuesser {
  guess(text: string, allowList: string[]): LanguageGuess[];
}
const { Language: NlpjsLanguage } = createRequire(__filename)('@nlpjs/language') as {
  Language: new () => LanguageGuesser;
};
const guesser = new NlpjsLanguage();

// Trigram guessing is unreliable on chat-length text ("perfecto" → en, "yes" → es, "chau" → en,
// "photos" → es), so words that only one of the two languages uses count first, and trigrams only
// add evidence on text long enough for them to mean something.
const CUES: Record<Language, ReadonlySet<string>> = {
  es: new Set(
    `hola holi buenas buenos gracias muchas si o dale vale chau chao adios che vos usted ustedes quiero quisiera
    tienen tenes hay habitacion habitaciones reserva reservar noche noches manana cuanto cuesta donde esta estan
    como que q por para favor porfa con una un el la los las del al mi es en y pero perfecto claro listo nada
    hasta luego bueno tarde dia dias fotos precio precios ubicacion direccion persona hablar xq pq tambien
    nos vemos agradezco amable acuerdo confirmo mejor tampoco ahora eso cancelar tarifas aceptan puedo humano
    desayuno incluido incluye mascotas mascota perro perros piscina gimnasio llegamos llego llegada salida
    entrada adultos adulto personas ninos nino bebe somos dos tres cuatro finde semana gratis cuando
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre dic ene
    eres sois inutil ladrones caro carisimo estafa timo pesimo horrible ayuda muy`.split(/\s+/),
  ),
  en: new Set(
    `hi hello hey thanks thank thx please pls yes yeah yep the i you your is are do does have has what where how
    when can could would want need room rooms book booking night nights tomorrow my it this that of for to with
    and at on much cheers good great morning afternoon evening sorry there we will not don't can't it's i'm
    i'd i'll that's what's like go get late photos price prices location address person talk see
    take care sure right fine wait send show pictures picture photo rates customer front desk wrong never mind
    breakfast included include pets pet dog dogs allowed pool gym arriving arrive arrival leaving leave
    staying stay adults adult guests guest people ppl kids kid children child baby infant free weekend
    january february march april june july august october november december jan aug dec
    you're we're they're isn't doesn't didn't won't wasn't useless terrible awful stupid ripoff help just was were very really
    hiya heya howdy g'day gday mornin mornin' im whats wats ur idk gonna wanna
    dear sir madam greetings bot cancel cancellation policy u r hav wat wen nite tonite`.split(/\s+/),
  ),
};
const TRIGRAM_MIN_LETTERS = 12;
// A clear trigram guess on a sentence is worth about two cue words.
const TRIGRAM_WEIGHT = 2;
const MIN_EVIDENCE = 0.5;
/** Below chooseLanguage's switch threshold: one word is not enough to change a conversation's language. */
const ONE_WORD_CONFIDENCE = 0.8;

/** The language of a guest's message, or null when the text is too short or too mixed to tell. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const words = detectorWords(text);
  let evidence = countCues(words, 'es') - countCues(words, 'en');
  if (/[¿¡ñáéíóú]/i.test(text)) evidence += 1;
  // The trigram guesser only sees ASCII: it throws on some scripts once limited to es/en.
  const latin = words
    .join(' ')
    .replace(/[^a-z']+/g, ' ')
    .trim();
  if (latin.replace(/[ ']/g, '').length >= TRIGRAM_MIN_LETTERS) evidence += trigramEvidence(latin);
  if (Math.abs(evidence) < MIN_EVIDENCE) return null;
  const confidence = 1 - Math.exp(-Math.abs(evidence));
  // One word ("Sí", "ok", "gracias") may set a conversation's language, never switch it (see chooseLanguage).
  return {
    language: evidence > 0 ? 'es' : 'en',
    confidence: words.length === 1 ? Math.min(confidence, ONE_WORD_CONFIDENCE) : confidence,
  };
}

/**
 * A hand-written cue counts 1, a word learnt from the corpus half (LEARNT_CUE_WEIGHT): loan words the
 * corpus lacks in one language ("single", "twin", "fitness" in a Spanish message) would otherwise
 * switch a conversation; two learnt words still set a new one's language ("make a reservation").
 */
function countCues(words: readonly string[], language: Language): number {
  const other: Language = language === 'es' ? 'en' : 'es';
  const learnt = (corpusCues ??= corpusLanguageCues(loadCorpora()));
  let count = 0;
  for (const word of words) {
    if (CUES[language].has(word)) count += 1;
    else if (!CUES[other].has(word) && learnt[language].has(word)) count += LEARNT_CUE_WEIGHT;
  }
  return count;
}

const LEARNT_CUE_WEIGHT = 0.5;

let corpusCues: Record<Language, ReadonlySet<string>> | undefined;

/**
 * Learns the corpus's cues (about 45 ms) with the classifier's training, at start-up, so that no guest's
 * first message waits for it; a detection before that learns them itself.
 */
export function learnLanguageCues(corpora: Required<Corpus>): void {
  corpusCues = corpusLanguageCues(corpora);
}

/** Positive for Spanish, negative for English, scaled by how far apart the two guesses are. */
function trigramEvidence(text: string): number {
  const [best, second] = guesser.guess(text, ['es', 'en']);
  if (!best || (best.alpha2 !== 'es' && best.alpha2 !== 'en')) return 0;
  const margin = best.score - (second?.score ?? 0);
  return (best.alpha2 === 'es' ? 1 : -1) * margin * TRIGRAM_WEIGHT;
}

/**
 * The language to answer in: the detected one when it is confident, else the session's, else the
 * tenant's default. Leaving the session's language takes more confidence than setting it, so a
 * Spanish guest who writes "thanks" is still answered in Spanish.
 */
export function chooseLanguage(choice: LanguageChoice, options: LanguageChoiceOptions = {}): Language {
  const { detected, sessionLanguage, tenantDefault } = choice;
  const minConfidence = options.minConfidence ?? 0.6;
  const switchConfidence = options.switchConfidence ?? 0.85;
  if (detected && sessionLanguage && detected.language !== sessionLanguage) {
    return detected.confidence >= switchConfidence ? detected.language : sessionLanguage;
  }
  if (detected && detected.confidence >= minConfidence) return detected.language;
  return sessionLanguage ?? tenantDefault;
}
