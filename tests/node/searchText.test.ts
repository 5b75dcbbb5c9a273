import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../shared/search/compounds';
import { fold, tokenize } from '../../shared/search/normalize';
import { parseQuery } from '../../shared/search/query';
import { findSynonyms } from '../../shared/search/synonyms';

describe('Dutch text for search', () => {
  it('folds case and diacritics both ways and keeps positions', () => {
    expect(fold('Coöperatie Café Ünal Hélène geïsoleerd Yılmaz Çelik')).toBe('cooperatie cafe unal helene geisoleerd yilmaz celik');
    const text = 'Zoë van der Berg';
    expect(fold(text)).toHaveLength(text.length);
    // A decomposed "ë" (e + combining mark) is one word, not two.
    expect(tokenize('Zoe\u0308 leest')).toEqual(['zoe', 'leest']);
  });

  it("splits names with prefixes and apostrophes into findable words", () => {
    expect(tokenize("Hélène 't Hart")).toEqual(['helene', 'hart']);
    expect(tokenize('Jan van der Berg')).toEqual(['jan', 'van', 'der', 'berg']);
    expect(tokenize('co-teaching')).toEqual(['co', 'teaching']);
  });

  it('takes Dutch compounds apart, with a linking s where Dutch puts one', () => {
    expect(splitCompound('beoordelingspraktijk')).toEqual(['beoordeling', 'praktijk']);
    expect(splitCompound('onderwijsontwikkeling')).toEqual(['onderwijs', 'ontwikkeling']);
    expect(splitCompound('netwerkcafe')).toEqual(['netwerk', 'cafe']);
    expect(splitCompound('beroepspraktijkvorming').slice(-2)).toEqual(['praktijk', 'vorming']);
    // Plurals and ordinary words stay whole.
    expect(splitCompound('leerlingen')).toEqual([]);
    expect(splitCompound('onderzoeken')).toEqual([]);
    expect(splitCompound('studenten')).toEqual([]);
  });

  it('knows the mbo synonyms from the data file, also multi-word ones', () => {
    expect(findSynonyms(['plg']).map((m) => m.group)).toEqual(['\u0002plg']);
    expect(findSynonyms(tokenize('een professionele leergemeenschap')).map((m) => [m.group, m.from, m.to])).toEqual([['\u0002plg', 1, 3]]);
    expect(findSynonyms(tokenize('formatief evalueren'))[0]?.group).toBe(findSynonyms(tokenize('formatief handelen'))[0]?.group);
    expect(findSynonyms(['stage'])[0]?.group).toBe(findSynonyms(['bpv'])[0]?.group);
    // While typing, a phrase is recognised before its last word is complete.
    expect(findSynonyms(['formatief', 'eval'], true)[0]?.group).toBe('\u0002formatief');
    expect(findSynonyms(['formatief', 'eval'], false)).toEqual([]);
  });

  it('parses the search box: the last word is a prefix, filters and quotes are understood', () => {
    const typing = parseQuery('formatief hand');
    expect(typing.words.map((w) => [w.term, w.prefix])).toEqual([['formatief', false], ['hand', true]]);
    expect(parseQuery('formatief ').words.at(-1)?.prefix).toBe(false);
    const filtered = parseQuery('feedback type:onderzoek instelling:"ROC Rijnland" jaar:2024 ');
    expect(filtered.types).toEqual(['research']);
    expect(filtered.filters).toEqual({ institution: 'ROC Rijnland', year: 2024 });
    expect(filtered.words.map((w) => w.term)).toEqual(['feedback']);
    expect(parseQuery('"rubric"').words[0]?.prefix).toBe(false);
    // Stopwords say nothing in a search, unless they are all there is.
    expect(parseQuery('van der berg ').words.map((w) => w.term)).toEqual(['berg']);
    expect(parseQuery('de').words.map((w) => w.term)).toEqual(['de']);
  });
});
