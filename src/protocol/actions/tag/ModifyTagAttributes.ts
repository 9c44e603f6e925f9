import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { tagColor, tagName } from './CreateTag.js'

export const ModifyTagAttributes = defineAction({
  name: 'ModifyTagAttributes',
  service: 'tag',
  summary: 'Rename, recolour or describe one tag; the name stays unique.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'tag' },
  params: {
    tag: p.id('tag').required().describe('one tag ID'),
    tag_name: tagName,
    color: tagColor,
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'ResourceAlreadyExists', 'PermissionDenied'],
})
