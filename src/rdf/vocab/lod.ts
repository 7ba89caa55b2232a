// Local names of lodscribe's own vocabulary; ontology/lodscribe.ttl declares the same terms (checked by a test).

export const LOD_CLASSES = [
  // authority kinds
  'Person', 'Place', 'Group', 'Agreement', 'Event',
  // parts of a record and its editorial layer
  'Source', 'SpeechTurn', 'Utterance', 'Narration', 'NarratorAside', 'EditorialNote', 'RoleGloss',
  'AlternativeName', 'SuppliedWord', 'Uncertainty', 'TranslatorNote', 'Footnote', 'Pseudonym', 'Summary',
  'RightsStatement', 'Talks', 'Mention',
] as const;

export const LOD_DATATYPE_PROPERTIES = [
  'abbreviation', 'demonym', 'pseudonym', 'begin', 'end', 'note', 'sha256', 'labelAsPrinted', 'speakerName',
  'side', 'textAsPrinted', 'textWithoutEditorial', 'editorialKind', 'mappingVersion', 'turnCount',
] as const;

export const LOD_OBJECT_PROPERTIES = ['wikidata'] as const;

export const LOD_PROPERTIES = [...LOD_DATATYPE_PROPERTIES, ...LOD_OBJECT_PROPERTIES] as const;
