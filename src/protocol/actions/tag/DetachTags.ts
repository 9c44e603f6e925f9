import { tagPairsAction } from './pairs.js'

export const DetachTags = tagPairsAction('DetachTags', 'Unbind tags from resources; a pair that is not bound is left as it is.', 'unbinds')
