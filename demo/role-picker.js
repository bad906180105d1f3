// A searchable role picker for the embed builder: a text box with a list of matches (the ARIA
// combobox pattern), using the same search as the role explorer (the data module's searchRoles),
// so "physio", "ODP" and small typos find what they find there. 388 roles in one <select> were
// too many to scroll. Demo code; not part of the library.

const MAX_MATCHES = 8;
let pickers = 0;

/**
 * Turns `<div class="role-picker">` holding a labelled text input into a combobox.
 * `value` is the chosen role id ('' when none); `change` events bubble from the input when it changes.
 * `search(query)` returns roles best first; `text` gives the messages in the builder's language.
 */
export function rolePicker(root, { roles, search, text, initial = '', optional = false }) {
  const id = `role-picker-${++pickers}`;
  const input = root.querySelector('input');
  const list = Object.assign(document.createElement('ul'), { id: `${id}-list`, role: 'listbox', hidden: true });
  const status = Object.assign(document.createElement('p'), { className: 'picker-status' });
  status.setAttribute('role', 'status');
  list.setAttribute('aria-label', input.labels?.[0]?.textContent ?? '');
  root.append(list, status);
  Object.assign(input, { autocomplete: 'off', spellcheck: false });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  const byId = new Map(roles.map((role) => [role.id, role]));
  let chosen = byId.get(initial) ?? null;
  let matches = [];
  let active = -1;
  input.value = chosen?.title ?? '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    for (const [i, option] of [...list.children].entries()) option.setAttribute('aria-selected', String(i === index));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const choose = (role) => {
    const changed = (role?.id ?? '') !== (chosen?.id ?? '');
    chosen = role;
    input.value = role?.title ?? '';
    close();
    status.textContent = role ? text().roleChosen(role.title) : '';
    if (changed) input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const open = () => {
    matches = search(input.value).slice(0, MAX_MATCHES);
    list.replaceChildren(
      ...matches.map((role, i) => {
        const option = Object.assign(document.createElement('li'), { id: `${id}-option-${i}`, textContent: role.title });
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        // mousedown, not click: the input must keep focus, or its blur would close the list first.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(role);
        });
        return option;
      }),
    );
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    active = -1;
    status.textContent = input.value.trim() ? text().roleFound(matches.length) : '';
  };

  input.addEventListener('input', (event) => {
    event.stopPropagation();
    open();
  });
  // The form listens for "change" to rebuild the snippet: only a chosen role counts as a change.
  input.addEventListener('change', (event) => event.isTrusted && event.stopPropagation());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) open();
      if (matches.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        choose(matches[active]);
      } else if (!list.hidden && matches.length > 0) {
        event.preventDefault();
        choose(matches[0]);
      }
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => {
    close();
    // Leaving the box empty clears an optional choice; anything else goes back to the chosen title.
    if (optional && input.value.trim() === '') choose(null);
    else input.value = chosen?.title ?? '';
  });

  return {
    get value() {
      return chosen?.id ?? '';
    },
    set value(roleId) {
      chosen = byId.get(roleId) ?? null;
      input.value = chosen?.title ?? '';
    },
  };
}
