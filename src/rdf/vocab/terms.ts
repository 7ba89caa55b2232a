// Hand-listed local names of the small vocabularies (from their W3C / DCMI / Linked Art specifications).

export const RDF_TERMS = [
  'type', 'Property', 'Statement', 'subject', 'predicate', 'object', 'value', 'List', 'first', 'rest', 'nil',
  'Bag', 'Seq', 'Alt', 'langString', 'HTML', 'XMLLiteral', 'JSON', 'PlainLiteral', 'CompoundLiteral',
  'language', 'direction',
] as const;

export const RDFS_TERMS = [
  'Resource', 'Class', 'Literal', 'Datatype', 'Container', 'ContainerMembershipProperty', 'label', 'comment',
  'seeAlso', 'isDefinedBy', 'subClassOf', 'subPropertyOf', 'domain', 'range', 'member',
] as const;

export const XSD_TERMS = [
  'string', 'normalizedString', 'token', 'language', 'Name', 'NCName', 'NMTOKEN', 'boolean', 'decimal',
  'integer', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'long', 'int',
  'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte', 'double', 'float', 'date',
  'dateTime', 'dateTimeStamp', 'time', 'gYear', 'gYearMonth', 'gMonth', 'gMonthDay', 'gDay', 'duration',
  'dayTimeDuration', 'yearMonthDuration', 'anyURI', 'hexBinary', 'base64Binary',
] as const;

export const OWL_TERMS = [
  'Ontology', 'Class', 'Thing', 'Nothing', 'NamedIndividual', 'ObjectProperty', 'DatatypeProperty',
  'AnnotationProperty', 'FunctionalProperty', 'InverseFunctionalProperty', 'TransitiveProperty',
  'SymmetricProperty', 'Restriction', 'onProperty', 'someValuesFrom', 'allValuesFrom', 'hasValue', 'unionOf',
  'intersectionOf', 'oneOf', 'sameAs', 'differentFrom', 'equivalentClass', 'equivalentProperty', 'inverseOf',
  'disjointWith', 'versionInfo', 'versionIRI', 'priorVersion', 'imports', 'deprecated',
] as const;

export const SKOS_TERMS = [
  'Concept', 'ConceptScheme', 'Collection', 'OrderedCollection', 'inScheme', 'hasTopConcept', 'topConceptOf',
  'prefLabel', 'altLabel', 'hiddenLabel', 'notation', 'note', 'changeNote', 'definition', 'editorialNote',
  'example', 'historyNote', 'scopeNote', 'semanticRelation', 'broader', 'narrower', 'related',
  'broaderTransitive', 'narrowerTransitive', 'member', 'memberList', 'mappingRelation', 'broadMatch',
  'narrowMatch', 'relatedMatch', 'exactMatch', 'closeMatch',
] as const;

export const DCTERMS_TERMS = [
  'abstract', 'accessRights', 'accrualMethod', 'accrualPeriodicity', 'accrualPolicy', 'alternative', 'audience',
  'available', 'bibliographicCitation', 'conformsTo', 'contributor', 'coverage', 'created', 'creator', 'date',
  'dateAccepted', 'dateCopyrighted', 'dateSubmitted', 'description', 'educationLevel', 'extent', 'format',
  'hasFormat', 'hasPart', 'hasVersion', 'identifier', 'instructionalMethod', 'isFormatOf', 'isPartOf',
  'isReferencedBy', 'isReplacedBy', 'isRequiredBy', 'issued', 'isVersionOf', 'language', 'license', 'mediator',
  'medium', 'modified', 'provenance', 'publisher', 'references', 'relation', 'replaces', 'requires', 'rights',
  'rightsHolder', 'source', 'spatial', 'subject', 'tableOfContents', 'temporal', 'title', 'type', 'valid',
  'Agent', 'AgentClass', 'BibliographicResource', 'FileFormat', 'Frequency', 'Jurisdiction', 'LicenseDocument',
  'LinguisticSystem', 'Location', 'LocationPeriodOrJurisdiction', 'MediaType', 'MediaTypeOrExtent',
  'MethodOfAccrual', 'MethodOfInstruction', 'PeriodOfTime', 'PhysicalMedium', 'PhysicalResource', 'Policy',
  'ProvenanceStatement', 'RightsStatement', 'SizeOrDuration', 'Standard', 'W3CDTF', 'URI', 'RFC5646', 'IMT',
] as const;

export const PROV_TERMS = [
  'Activity', 'ActivityInfluence', 'Agent', 'AgentInfluence', 'Association', 'Attribution', 'Bundle',
  'Collection', 'Communication', 'Delegation', 'Derivation', 'EmptyCollection', 'End', 'Entity',
  'EntityInfluence', 'Generation', 'Influence', 'InstantaneousEvent', 'Invalidation', 'Location', 'Organization',
  'Person', 'Plan', 'PrimarySource', 'Quotation', 'Revision', 'Role', 'SoftwareAgent', 'Start', 'Usage',
  'actedOnBehalfOf', 'activity', 'agent', 'alternateOf', 'atLocation', 'atTime', 'endedAtTime', 'entity',
  'generated', 'generatedAtTime', 'hadActivity', 'hadGeneration', 'hadMember', 'hadPlan', 'hadPrimarySource',
  'hadRole', 'hadUsage', 'influenced', 'influencer', 'invalidated', 'invalidatedAtTime', 'qualifiedAssociation',
  'qualifiedAttribution', 'qualifiedCommunication', 'qualifiedDelegation', 'qualifiedDerivation',
  'qualifiedEnd', 'qualifiedGeneration', 'qualifiedInfluence', 'qualifiedInvalidation', 'qualifiedPrimarySource',
  'qualifiedQuotation', 'qualifiedRevision', 'qualifiedStart', 'qualifiedUsage', 'specializationOf',
  'startedAtTime', 'used', 'value', 'wasAssociatedWith', 'wasAttributedTo', 'wasDerivedFrom', 'wasEndedBy',
  'wasGeneratedBy', 'wasInfluencedBy', 'wasInformedBy', 'wasInvalidatedBy', 'wasQuotedFrom', 'wasRevisionOf',
  'wasStartedBy',
] as const;

export const VOID_TERMS = [
  'Dataset', 'DatasetDescription', 'Linkset', 'TechnicalFeature', 'class', 'classPartition', 'classes',
  'dataDump', 'distinctObjects', 'distinctSubjects', 'documents', 'entities', 'exampleResource', 'feature',
  'inDataset', 'linkPredicate', 'objectsTarget', 'openSearchDescription', 'properties', 'property',
  'propertyPartition', 'rootResource', 'sparqlEndpoint', 'subjectsTarget', 'subset', 'target', 'triples',
  'uriLookupEndpoint', 'uriRegexPattern', 'uriSpace', 'vocabulary',
] as const;

export const DCAT_TERMS = [
  'Catalog', 'CatalogRecord', 'DataService', 'Dataset', 'DatasetSeries', 'Distribution', 'Relationship',
  'Resource', 'Role', 'accessService', 'accessURL', 'bbox', 'byteSize', 'catalog', 'centroid', 'compressFormat',
  'contactPoint', 'dataset', 'distribution', 'downloadURL', 'endDate', 'endpointDescription', 'endpointURL',
  'hadRole', 'hasCurrentVersion', 'hasVersion', 'inSeries', 'keyword', 'landingPage', 'mediaType',
  'packageFormat', 'previousVersion', 'qualifiedRelation', 'record', 'servesDataset', 'service',
  'spatialResolutionInMeters', 'startDate', 'temporalResolution', 'theme', 'themeTaxonomy', 'version',
] as const;

export const FOAF_TERMS = [
  'Agent', 'Person', 'Organization', 'Group', 'Document', 'Image', 'name', 'givenName', 'familyName', 'nick',
  'homepage', 'page', 'depiction', 'primaryTopic', 'isPrimaryTopicOf', 'topic', 'mbox', 'made', 'maker',
] as const;

export const OA_TERMS = [
  'Annotation', 'Choice', 'CssSelector', 'CssStyle', 'DataPositionSelector', 'Direction', 'FragmentSelector',
  'HttpRequestState', 'Motivation', 'RangeSelector', 'ResourceSelection', 'Selector', 'SpecificResource',
  'State', 'Style', 'SvgSelector', 'TextPositionSelector', 'TextQuoteSelector', 'TextualBody', 'TimeState',
  'XPathSelector', 'annotationService', 'bodyValue', 'cachedSource', 'canonical', 'end', 'exact', 'hasBody',
  'hasEndSelector', 'hasPurpose', 'hasScope', 'hasSelector', 'hasSource', 'hasStartSelector', 'hasState',
  'hasTarget', 'motivatedBy', 'prefix', 'processingLanguage', 'refinedBy', 'renderedVia', 'sourceDate',
  'sourceDateEnd', 'sourceDateStart', 'start', 'styleClass', 'styledBy', 'suffix', 'textDirection', 'via',
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging', 'ltrDirection', 'rtlDirection',
] as const;

export const NIF_TERMS = [
  'Context', 'String', 'RFC5147String', 'OffsetBasedString', 'Phrase', 'Word', 'Sentence', 'Paragraph', 'Title',
  'beginIndex', 'endIndex', 'isString', 'referenceContext', 'anchorOf', 'sourceUrl', 'predLang', 'superString',
  'subString',
] as const;

export const SH_TERMS = [
  'Shape', 'NodeShape', 'PropertyShape', 'ValidationReport', 'ValidationResult', 'AbstractResult', 'Severity',
  'Violation', 'Warning', 'Info', 'conforms', 'result', 'focusNode', 'resultPath', 'resultSeverity',
  'resultMessage', 'sourceConstraintComponent', 'sourceShape', 'sourceConstraint', 'detail', 'value', 'path',
  'inversePath', 'alternativePath', 'zeroOrMorePath', 'oneOrMorePath', 'zeroOrOnePath', 'targetClass',
  'targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'property', 'node', 'class', 'datatype', 'nodeKind',
  'IRI', 'Literal', 'BlankNode', 'BlankNodeOrIRI', 'BlankNodeOrLiteral', 'IRIOrLiteral', 'minCount', 'maxCount',
  'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive', 'minLength', 'maxLength', 'pattern', 'flags',
  'languageIn', 'uniqueLang', 'equals', 'disjoint', 'lessThan', 'lessThanOrEquals', 'in', 'hasValue', 'not',
  'and', 'or', 'xone', 'qualifiedValueShape', 'qualifiedMinCount', 'qualifiedMaxCount',
  'qualifiedValueShapesDisjoint', 'closed', 'ignoredProperties', 'severity', 'message', 'deactivated', 'name',
  'description', 'order', 'group', 'defaultValue', 'PropertyGroup', 'sparql', 'select', 'ask', 'prefixes',
  'declare', 'prefix', 'namespace', 'SPARQLConstraint', 'shapesGraph', 'suggestedShapesGraph',
  'ClassConstraintComponent', 'DatatypeConstraintComponent', 'NodeKindConstraintComponent',
  'MinCountConstraintComponent', 'MaxCountConstraintComponent', 'MinInclusiveConstraintComponent',
  'MaxInclusiveConstraintComponent', 'MinExclusiveConstraintComponent', 'MaxExclusiveConstraintComponent',
  'MinLengthConstraintComponent', 'MaxLengthConstraintComponent', 'PatternConstraintComponent',
  'LanguageInConstraintComponent', 'UniqueLangConstraintComponent', 'EqualsConstraintComponent',
  'DisjointConstraintComponent', 'LessThanConstraintComponent', 'LessThanOrEqualsConstraintComponent',
  'NotConstraintComponent', 'AndConstraintComponent', 'OrConstraintComponent', 'XoneConstraintComponent',
  'NodeConstraintComponent', 'PropertyConstraintComponent', 'QualifiedMinCountConstraintComponent',
  'QualifiedMaxCountConstraintComponent', 'ClosedConstraintComponent', 'HasValueConstraintComponent',
  'InConstraintComponent', 'SPARQLConstraintComponent',
] as const;

/** Linked Art extension terms (la:), from the Linked Art JSON-LD context v1. */
export const LA_TERMS = [
  'Addition', 'DigitalService', 'Payment', 'Removal', 'RightAcquisition', 'Set', 'Transfer', 'access_point',
  'added_member', 'added_member_by', 'added_to', 'added_to_by', 'contains_members_of',
  'current_permanent_custodian', 'current_permanent_custodian_of', 'digitally_available_via',
  'digitally_carried_by', 'digitally_carries', 'digitally_makes_available', 'digitally_shown_by',
  'digitally_shows', 'equivalent', 'established_by', 'establishes', 'has_member', 'invalidated_by',
  'invalidates', 'member_of', 'members_contained_by', 'members_exemplified_by', 'paid_amount', 'paid_from',
  'paid_to', 'property_classified_as', 'removed_from', 'removed_from_by', 'removed_member',
  'removed_member_by', 'transferred', 'transferred_from', 'transferred_to',
] as const;
