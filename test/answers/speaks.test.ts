import { describe, expect, it } from 'vitest';
import { foldedWords, speaksIn } from '../../src/answers/folded.ts';
import { nameWords } from '../../src/answers/names.ts';

/** The forms of a name as the answers hold them: its folded words. */
const forms = (...names: string[]) => names.map(nameWords);

describe('whether a name is the one speaking in a sentence', () => {
  it.each([
    ['The Kremlin has said the troops will return to their bases.', 'Kremlin'],
    ['Dmitry Peskov, the Kremlin spokesman, said the drills were planned.', 'Peskov'],
    ['"The drills are defensive," said Peskov.', 'Peskov'],
    ['The exercises end on Sunday, according to the ministry.', 'ministry'],
    ['The Kremlin has also expressed concerns about the buildup of troops.', 'Kremlin'],
    ['Officials in Norland believe the president has yet to make a decision.', 'Norland'],
  ])('"%s": %s speaks', (sentence, name) => {
    expect(speaksIn(foldedWords(sentence), forms(name))).toBe(true);
  });

  it.each([
    ["Ukraine's defence minister said this week that he did not expect Russia to attack from Belarus.", 'Russia'],
    ['Russia moved troops to the border, officials in Washington and London told reporters on Friday.', 'Russia'],
    ['Peskov was not available.', 'Peskov'],
    ['"The troops are there to threaten Ukraine," she said.', 'Ukraine'],
    ['Ivo Brandt said Lerch was a choice that represented stability.', 'Lerch'],
    ["According to ISS, Mr Cook's pay was 1,447 times the average wage.", 'Cook'],
    // A country named inside a place's name speaks for nobody.
    ['Divers searched the bottom of the South China Sea, said a Navy spokesperson.', 'China'],
    // Believed by nobody named: the passive tells no one's view.
    ['The Kremlin is believed to have assembled most of its forces.', 'Kremlin'],
    // Named after "that", the name is in what was said.
    [
      '"There is no doubt of it," she said, noting that Russian authorities have also attempted cyberattacks.',
      'Russian',
    ],
    ['Officials said on Thursday that the Kremlin had moved more jets.', 'Kremlin'],
  ])('"%s": %s is only mentioned', (sentence, name) => {
    expect(speaksIn(foldedWords(sentence), forms(name))).toBe(false);
  });
});
