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

  it('reads quoted values as Discord would, without their quotation marks', () => {
    expect(parseSlash('/search question:"how far is Kyiv" limit:2')).toMatchObject({
      options: { question: 'how far is Kyiv', limit: 2 },
    });
    expect(parseSlash("/who name:'Lavrov'")).toMatchObject({ options: { name: 'Lavrov' } });
    expect(parseSlash('/quotes speaker:“UK Prime Minister”')).toMatchObject({
      options: { speaker: 'UK Prime Minister' },
    });
  });

  it('accepts Discord’s private:true|false and never searches for it', () => {
    expect(parseSlash('/search question:kyiv private:true')).toMatchObject({ options: { question: 'kyiv' } });
    expect(parseSlash('/search how far private:false is Kyiv')).toMatchObject({
      options: { question: 'how far is Kyiv' },
    });
    expect(() => parseSlash('/search private:maybe kyiv')).toThrow(/private must be true or false/);
  });

  it('refuses a limit that is not a number instead of misreading it', () => {
    expect(() => parseSlash('/search limit:abc troops')).toThrow(/limit must be a whole number/);
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
