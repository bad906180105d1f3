import type { PropertyDeclaration } from 'lit';

/*
 * React 19's server renderer writes a custom element's string and number props as attributes
 * named after the prop (`<nhs-role-card roleId="paramedic">`, which HTML reads as `roleid`), and
 * hydration never sets them as properties. Each widget therefore also reads, for every property
 * whose attribute is kebab-case, the attribute named after the property, so the value React sent
 * survives hydration. The kebab-case attribute wins when both are there.
 */

type Properties = ReadonlyMap<PropertyKey, PropertyDeclaration>;
const cache = new WeakMap<Properties, Map<string, string>>();

/** For each property whose attribute differs from its name, the prop-named attribute (lower case, as HTML reads it) mapped to that attribute. */
export function propNameAttributes(properties: Properties): Map<string, string> {
  let aliases = cache.get(properties);
  if (aliases) return aliases;
  aliases = new Map();
  for (const [name, options] of properties) {
    if (typeof name !== 'string' || typeof options.attribute !== 'string') continue;
    const alias = name.toLowerCase();
    if (alias !== options.attribute) aliases.set(alias, options.attribute);
  }
  cache.set(properties, aliases);
  return aliases;
}

/** The attribute a changed attribute stands for: itself, or for a prop-named one, its kebab-case attribute while that is absent. */
export function attributeToRead(properties: Properties, name: string, has: (attribute: string) => boolean): string {
  const attribute = propNameAttributes(properties).get(name);
  return attribute !== undefined && !has(attribute) ? attribute : name;
}
