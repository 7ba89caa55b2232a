// Local names of lodscribe's own vocabulary; ontology/lodscribe.ttl declares the same terms (checked by a test).

export const LOD_CLASSES = [
  // authority kinds
  'Person', 'Place', 'Group', 'Agreement', 'Event',
  // parts of a record and its editorial layer
  'Source', 'SpeechTurn', 'Utterance', 'Narration', 'NarratorAside', 'EditorialNote', 'RoleGloss',
  'AlternativeName', 'SuppliedWord', 'Uncertainty', 'TranslatorNote', 'Footnote', 'Pseudonym', 'Summary',
  'RightsStatement', 'Talks', 'Mention', 'EditorNote', 'Expansion', 'Illegible', 'Omission', 'Sic',
] as const;

export const LOD_DATATYPE_PROPERTIES = [
  'abbreviation', 'demonym', 'pseudonym', 'periodLabel', 'periodBegin', 'periodEnd', 'begin', 'end', 'note', 'sha256', 'labelAsPrinted', 'speakerName',
  'side', 'textAsPrinted', 'textWithoutEditorial', 'editorialKind', 'mappingVersion', 'turnCount',
  'segmentKind', 'isoDuration', 'mentionSource', 'originalLanguage',
] as const;

export const LOD_OBJECT_PROPERTIES = ['wikidata'] as const;

export const LOD_PROPERTIES = [...LOD_DATATYPE_PROPERTIES, ...LOD_OBJECT_PROPERTIES] as const;

/** Named individuals (instances of CRM classes), e.g. the type of a turn's sort identifier. */
export const LOD_INDIVIDUALS = ['SortValue'] as const;
