import { STATUS_CODES } from 'node:http';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const PROBLEM_TYPE_BASE = 'https://agente-hotel.dev/problems/';

export interface FieldProblem {
  field: string;
  messages: string[];
}

/** An RFC 9457 problem document, plus our correlation id and, for validation, the field errors. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  correlationId?: string;
  code?: string;
  errors?: FieldProblem[];
}

export function problemType(code?: string): string {
  return code ? `${PROBLEM_TYPE_BASE}${code}` : 'about:blank';
}

export function statusTitle(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}
