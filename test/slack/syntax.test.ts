import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/slack/commands.ts';
import { redactSlackSecrets } from '../../src/slack/logger.ts';
import { plainText, slackSyntax } from '../../src/slack/syntax.ts';

describe('plainText', () => {
  it('turns Slack mentions, channels and links into inert readable text, and decodes entities', () => {
    expect(plainText('<@U123|ana> <@U456> <#C1|general> <!here> <!subteam^S1|@editors> <https://x.test/a|site>')).toBe(
      '@ana @U456 #general @here @editors site',
    );
    expect(plainText('a &lt;b&gt; &amp;amp; <https://x.test>')).toBe('a <b> &amp; https://x.test');
  });
});

describe('slackSyntax', () => {
  it('writes catalogue commands as options of the one slash command, leaving other slashes alone', () => {
    const names = ['quotes', 'estimates'];
    expect(slackSyntax('Try /quotes speaker:Peskov or `/estimates troops`.', names)).toBe(
      'Try /briefing quotes speaker:Peskov or `/briefing estimates troops`.',
    );
    expect(slackSyntax('/quotesx and a/quotes and 24/7 /search', names, '/news')).toBe(
      '/quotesx and a/quotes and 24/7 /search',
    );
    expect(slackSyntax('(/quotes)', names, '/news')).toBe('(/news quotes)');
  });
});

describe('parseBriefing', () => {
  it('reads a command and its options as the console does, values with spaces included', () => {
    expect(parseBriefing('quotes speaker:Dmitry Peskov topic:the scale')).toMatchObject({
      kind: 'command',
      spec: { name: 'quotes' },
      options: { speaker: 'Dmitry Peskov', topic: 'the scale' },
    });
    expect(parseBriefing('/ESTIMATES troops')).toMatchObject({
      spec: { name: 'estimates' },
      options: { subject: 'troops' },
    });
    expect(parseBriefing('  ')).toMatchObject({ kind: 'command', spec: { name: 'help' } });
  });

  it('decodes what Slack escaped before checking the options', () => {
    expect(parseBriefing('search Kyiv &amp; Minsk')).toMatchObject({ options: { question: 'Kyiv & Minsk' } });
    expect(parseBriefing('who <@U123|peskov>')).toMatchObject({ options: { name: '@peskov' } });
  });

  it.each([
    ['nope', /there is no command "nope"/],
    ['quotes speaker:A speaker:B', /given twice/],
    ['search limit:0 Kyiv', /limit must be a whole number from 1 to 10/],
    ['drills aspect:weather', /not a valid aspect/],
    ['timeline extra words', /takes no text/],
    [`search ${'x'.repeat(501)}`, /at most/],
  ])('refuses %s', (text, problem) => {
    const parsed = parseBriefing(text);
    expect(parsed.kind).toBe('problem');
    expect(parsed.kind === 'problem' ? parsed.problem : '').toMatch(problem);
  });
});

describe('redactSlackSecrets', () => {
  it('removes given secrets, any Slack token and response URLs', () => {
    const line =
      'token xoxb-1-abc and xapp-1-A-def, secret s3cr3t-signing-value, url https://hooks.slack.com/commands/T1/2/abc?x';
    const out = redactSlackSecrets(line, ['s3cr3t-signing-value']);
    expect(out).not.toMatch(/xoxb-|xapp-|s3cr3t|hooks\.slack\.com\/commands/);
    expect(out.match(/\[redacted\]/g)).toHaveLength(4);
  });
});
