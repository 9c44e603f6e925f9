import { tagPairsAction } from './pairs.js'

export const AttachTags = tagPairsAction('AttachTags', 'Bind tags to resources; a binding that exists already is left as it is.', 'binds')
