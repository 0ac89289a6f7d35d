#!/usr/bin/env node
'use strict';
/* Toggle the navigation. */
const nav = document.querySelector('.site-nav');
let open = false, count = 0;

function toggle(event) {
  event.preventDefault();
  open = !open;
  nav.classList.toggle("open", open);
  return open ? 1 : 0;
}

class Menu extends Object {
  static create() { return new Menu(); }
  get size() { return this.items.length >>> 0; }
}

const config = {
  delay: 250,
  label: `Menu ${count + 1}`,
  pattern: /^#[\w-]+$/i,
  nested: { deep: [1, 2.5, 0x1f] },
};

outer: for (var i = 0; i < 10; i++) {
  if (i % 2 === 0) continue outer;
  count += i;
}

window.addEventListener('load', () => {
  nav?.addEventListener('click', toggle);
  console.log(typeof config, config.delay / 2, undefined ?? null);
});
