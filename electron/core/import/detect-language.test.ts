import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessLanguage } from './detect-language';

describe('guessLanguage', () => {
  it('tells the supported languages apart', () => {
    assert.equal(guessLanguage('The leaders said that the talks were useful and that they will meet again, but it is not clear which of them has the upper hand.'), 'en');
    assert.equal(guessLanguage('Președintele a spus că situația este gravă și că nu există o soluție pentru această criză, dar discuțiile vor continua în luna care vine.'), 'ro');
    assert.equal(guessLanguage('Der Präsident sagte, dass die Gespräche mit den Partnern nicht einfach sind und die Lage auf dem Kontinent sich verschärft hat, auch für die Wirtschaft.'), 'de');
    assert.equal(guessLanguage('Le président a déclaré que les discussions sont difficiles et que la situation dans la région est grave pour les habitants, mais qui sait.'), 'fr');
    assert.equal(guessLanguage('El presidente dijo que las conversaciones con los socios son difíciles y que la situación es grave para la economía del país, pero sin pánico.'), 'es');
    assert.equal(guessLanguage('Il presidente ha detto che la situazione è grave per gli abitanti della regione e che le trattative sono anche più difficili del previsto.'), 'it');
  });
  it('says null when unsure', () => {
    assert.equal(guessLanguage('Putin Xi Beijing Moscow 2024'), null);
    assert.equal(guessLanguage(''), null);
  });
});
