import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/commands.ts';
import { parseSlash } from '../../src/cli/slash.ts';

describe('parseSlash', () => {
  it('reads named options whose values hold spaces', () => {
    expect(parseSlash('/quotes speaker:Dmitry Peskov topic:the scale of the drills')).toMatchObject({
      kind: 'command',
      command: 'quotes',
      options: { speaker: 'Dmitry Peskov', topic: 'the scale of the drills' },
    });
  });

  it('fills the main option from plain text and converts the limit', () => {
    expect(parseSlash('/search how far is Kyiv limit:2')).toMatchObject({
      kind: 'command',
      command: 'search',
      options: { question: 'how far is Kyiv', limit: 2 },
    });
    expect(parseSlash('/ESTIMATES troops')).toMatchObject({ command: 'estimates', options: { subject: 'troops' } });
  });

  it('keeps a colon that is not an option name inside the text', () => {
    expect(parseSlash('/search note: Kyiv')).toMatchObject({ options: { question: 'note: Kyiv' } });
  });

  it('refuses a line without a slash with the command to type, and recognises quit', () => {
    expect(() => parseSlash('where are the drills')).toThrow(/type \/search where are the drills/);
    expect(parseSlash('/quit')).toEqual({ kind: 'quit' });
    expect(parseSlash('exit')).toEqual({ kind: 'quit' });
    expect(parseSlash('')).toEqual({ kind: 'blank' });
  });

  it.each([
    ['/nope', /no command/],
    ['/quotes speaker:A speaker:B', /given twice/],
    ['/who name:', /name is empty/],
    ['/search limit:99 Kyiv', /limit must be/],
    ['/drills aspect:weather', /not a valid aspect/],
    ['/estimates troops subject:ships', /given twice/],
  ])('rejects %s', (line, message) => {
    expect(() => parseSlash(line)).toThrow(UsageError);
    expect(() => parseSlash(line)).toThrow(message);
  });
});
