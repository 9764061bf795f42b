// The feed validator names the JSON path in every error ("deals[3].value.amount: expected number,
// got string"); a rejected import arrives as one message string. Split it back into lines and pull
// out each path so the page can show them as a list. Pure.

export interface FeedErrorLine {
  /** JSON path the error names, when it names one. */
  path: string | null;
  message: string;
}

// A path: identifiers, dots, [n] or ["key"] indexes, or "(feed)" for the document itself.
const PATH =
  /^((?:\(feed\)|[A-Za-z_$][\w$]*|\[\d+\]|\["[^"]*"\])(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["[^"]*"\])*):\s+(.*)$/s;
// "Invalid feed: " and similar prefixes before the first path.
const PREFIX = /^[^:\n]*\b(?:feed|import)\b[^:\n]*:\s+(?=\S)/i;

export function splitFeedErrors(message: string): FeedErrorLine[] {
  const lines = message
    .split(/\n|;\s+(?=(?:\(feed\)|[A-Za-z_$][\w$]*|\[\d+\])[\w$.[\]"]*:\s)/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((line, i) => {
    const text = i === 0 && !PATH.test(line) ? line.replace(PREFIX, '') : line;
    const m = text.match(PATH);
    return m ? { path: m[1], message: m[2] } : { path: null, message: line };
  });
}
