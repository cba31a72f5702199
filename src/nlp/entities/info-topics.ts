import type { Entity, InfoTopic } from '../nlp.types';
import { foldText } from '../../common/fold-text';
import { EMOJI_TOPICS, KEYWORDS } from './info-topic-words';

interface Keyword {
  topic: InfoTopic;
  /** The keyword's longest word, which any match holds verbatim: a cheap test before the regex. */
  lead: string;
  pattern: RegExp;
}

// "Pay by bank transfer": a way to pay, not the airport transfer.
const NOT_A_PAYMENT = '(?<!\\b(?:bank|wire|by|via)\\s+)';

// "mi teléfono es…", "my email is…": the guest is giving theirs, not asking for ours.
const POSSESSIVE = '(?<!\\b(?:mi|my|nuestro|our)\\s+)';

// "¿A qué hora puedo entrar al gimnasio?": entering a place of the hotel, not the hotel itself.
const NOT_INTO_A_PLACE = '(?!\\s+(?:al|a|en|a la|en la|en el)\\s)';

const KEYWORD_PATTERNS: readonly Keyword[] = Object.entries(KEYWORDS).flatMap(([topic, words]) =>
  words.map((word) => ({
    topic: topic as InfoTopic,
    lead: word.split(/[-\s]/).reduce((longest, part) => (part.length > longest.length ? part : longest)),
    pattern: new RegExp(
      `${topic === 'contact' ? POSSESSIVE : ''}${word === 'transfer' ? NOT_A_PAYMENT : ''}\\b${word.replace(/[-\s]/g, '[-\\s]?')}\\b${word.endsWith(' entrar') ? NOT_INTO_A_PLACE : ''}`,
      'g',
    ),
  })),
);

interface Hit {
  topic: InfoTopic;
  start: number;
  end: number;
}

const ANY_EMOJI = new RegExp(EMOJI_TOPICS.map(([, pattern]) => pattern.source).join('|'), 'u');

/** What a `hotel_info` question is about; one entity per topic, at its longest mention. */
export function extractInfoTopics(text: string): Entity[] {
  const folded = foldText(text);
  const hits: Hit[] = KEYWORD_PATTERNS.flatMap(({ topic, lead, pattern }) =>
    !folded.includes(lead)
      ? []
      : [...folded.matchAll(pattern)].map((match) => ({
          topic,
          start: match.index,
          end: match.index + match[0].length,
        })),
  );
  if (ANY_EMOJI.test(text)) {
    for (const [topic, pattern] of EMOJI_TOPICS) {
      for (const match of text.matchAll(pattern)) {
        hits.push({ topic, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  // Longest first, so "política de cancelación" is one cancellation_policy and no policies.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const isCovered = kept.some((other) => other.start < hit.end && hit.start < other.end);
    if (!isCovered && !kept.some((other) => other.topic === hit.topic)) kept.push(hit);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((hit) => ({
      type: 'info_topic',
      value: { topic: hit.topic },
      text: text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
    }));
}
