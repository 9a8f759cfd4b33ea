import { describe, expect, it } from 'vitest';
import { READ_COMMANDS } from '../../src/answers/index.ts';
import { answerKeys } from '../../src/discord/builder.ts';
import { decodePageId } from '../../src/discord/customId.ts';
import { renderPage, withFollowedStory } from '../../src/discord/respond.ts';
import { storyCode } from '../../src/stories/index.ts';
import { quotesAnswer } from './fakes.ts';

const quotes = READ_COMMANDS.find((c) => c.spec.name === 'quotes')?.spec;
if (!quotes) throw new Error('no /quotes in the catalogue');
const keys = answerKeys(quotes);

function buttons(message: { components?: unknown[] }): string[] {
  return (message.components ?? []).flatMap((row) =>
    ((row as { components?: { custom_id?: string }[] }).components ?? []).map((c) => c.custom_id ?? ''),
  );
}

describe('renderPage', () => {
  it('carries the answer’s story on its paging buttons as the story’s short code', () => {
    const long = quotesAnswer({ speaker: 'Peskov' }, 60);
    const story = {
      id: 'harbour-strike-talks-collapse',
      title: 'Harbour strike',
      code: storyCode('harbour-strike-talks-collapse'),
    };
    const { message } = renderPage({ ...long, story }, 'quotes', { speaker: 'Peskov' }, keys);
    const ids = buttons(message as { components?: unknown[] });
    expect(ids.length).toBeGreaterThan(0);
    const ref = decodePageId(ids[0] ?? '', () => keys);
    expect(ref?.options).toEqual({ speaker: 'Peskov', story: story.code });
  });
});

describe('withFollowedStory', () => {
  it('adds the channel’s story only to a command with a story option that the user left empty', () => {
    expect(withFollowedStory({ speaker: 'Peskov' }, keys, 'ferry')).toEqual({ speaker: 'Peskov', story: 'ferry' });
    expect(withFollowedStory({ story: 'fire' }, keys, 'ferry')).toEqual({ story: 'fire' });
    expect(withFollowedStory({}, keys, undefined)).toEqual({});
    expect(withFollowedStory({}, ['question', 'limit'], 'ferry')).toEqual({});
  });
});
