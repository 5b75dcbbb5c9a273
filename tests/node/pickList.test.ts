import { describe, expect, it } from 'vitest';
import { pickMatches } from '../../shared/search/pickList';

const people = [
  { id: '1', name: 'Hélène Prins', institution: 'Noorderpoort' },
  { id: '2', name: 'Fatma Yılmaz', institution: 'ROC Rijnland' },
  { id: '3', name: 'Jan Jansen', institution: 'Summa College' },
  { id: '4', name: 'Bram de Wit', institution: 'Summa College' },
  { id: '5', name: "Kees 't Hart", institution: 'Friese Poort' },
];
const names = (query: string, limit = 8) => pickMatches(people, query, limit).map((p) => p.name);

describe('the colleague pick-list', () => {
  it('finds part of a name or school, ignoring accents and case', () => {
    expect(names('helene')).toEqual(['Hélène Prins']);
    expect(names('yilmaz')).toEqual(['Fatma Yılmaz']);
    expect(names('summa')).toEqual(['Jan Jansen', 'Bram de Wit']);
    expect(names('')).toEqual([]);
  });

  it('tolerates a typo, after the exact matches', () => {
    expect(names('Jansne')).toEqual(['Jan Jansen']);
    expect(names('Bram de Witt')).toEqual(['Bram de Wit']);
    expect(names('wit', 8)[0]).toBe('Bram de Wit');
  });

  it('returns no more than asked and nothing for unrelated text', () => {
    expect(names('s', 2)).toHaveLength(2);
    expect(names('sterrenkunde')).toEqual([]);
  });
});
