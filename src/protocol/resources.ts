import { resourceTypes, type ResourceType } from './resource-types/index.js'

/**
 * Resource types as QingCloud names them in project rules (`principle[].resource_type`), with the
 * id prefix that identifies each (docs/projects.md): derived from the definitions in
 * `./resource-types/`.
 */
export { resourceTypes, type ResourceType }

/** The resource type an id's prefix names, or undefined (system images have no prefix). */
export function resourceTypeOfId(id: string): ResourceType | undefined {
  const dash = id.indexOf('-')
  if (dash <= 0) return undefined
  const prefix = id.slice(0, dash + 1)
  for (const [type, { prefix: p }] of Object.entries(resourceTypes)) {
    if (p === prefix) return type as ResourceType
  }
  return undefined
}
