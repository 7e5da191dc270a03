import nlp from 'compromise';

export type NameTag = 'FirstName' | 'LastName' | 'Honorific';

/** compromise's person-name words, each with one tag, sorted for a stable file. */
export function personNameLexicon(): Record<string, NameTag> {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  const out: Record<string, NameTag> = {};
  for (const word of Object.keys(lexicon).sort()) {
    const raw = lexicon[word]!;
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.includes('Honorific')) out[word] = 'Honorific';
    else if (tags.includes('LastName')) out[word] = 'LastName';
    else if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) out[word] = 'FirstName';
  }
  return out;
}
