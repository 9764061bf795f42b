import { describe, expect, it } from 'vitest';
import { splitFeedErrors } from './feedErrors';

describe('splitFeedErrors', () => {
  it('splits newline-joined validator errors and keeps each JSON path', () => {
    const msg =
      'deals[3].value.amount: expected number, got string\ncompanies[0].kind: expected one of "ai-lab" | ' +
      '"other", got "lab"';
    expect(splitFeedErrors(msg)).toEqual([
      { path: 'deals[3].value.amount', message: 'expected number, got string' },
      { path: 'companies[0].kind', message: 'expected one of "ai-lab" | "other", got "lab"' },
    ]);
  });

  it('splits "; "-joined errors and drops a leading "Invalid feed:" label', () => {
    const msg =
      'Invalid feed: (feed): not valid JSON (Unexpected end of JSON input); reference.fx.date: missing (required)';
    expect(splitFeedErrors(msg)).toEqual([
      { path: '(feed)', message: 'not valid JSON (Unexpected end of JSON input)' },
      { path: 'reference.fx.date', message: 'missing (required)' },
    ]);
  });

  it('keeps a sentence without a path as it is', () => {
    expect(splitFeedErrors('The file is empty.')).toEqual([{ path: null, message: 'The file is empty.' }]);
  });
});
