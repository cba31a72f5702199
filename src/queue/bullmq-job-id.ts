/**
 * BullMQ refuses custom job ids that contain ':' or are integers. Our ids are free strings, so they
 * are escaped reversibly: '%' ':' '#' become %25 %3A %23, and an all-digit id gets a leading '#'.
 */
const ESCAPES: Record<string, string> = { '%': '%25', ':': '%3A', '#': '%23' };

export function toBullMqJobId(id: string): string {
  const escaped = id.replace(/[%:#]/g, (char) => ESCAPES[char]);
  return /^\d+$/.test(escaped) ? `#${escaped}` : escaped;
}

export function fromBullMqJobId(jobId: string): string {
  const body = jobId.startsWith('#') ? jobId.slice(1) : jobId;
  return body.replace(/%23/g, '#').replace(/%3A/g, ':').replace(/%25/g, '%');
}
