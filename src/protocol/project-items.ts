import { itemTypes, parentTypes, reusableTypes } from './resource-types/index.js'

/**
 * Which types may be project items, which of them several projects at once, and through which
 * parent the parts of an item are granted (a member with `security_group.modify` may change the
 * rules of a project's group). Derived from each type's `project` in `./resource-types/`.
 */
export { parentTypes, reusableTypes }

/** Resource types that may be project items; anything else never joins a project. */
export const joinableTypes: ReadonlySet<string> = itemTypes
