import React, { useState } from 'react';

export default function Counter({ start = 0 }) {
  const [count, setCount] = useState(start);
  return (
    <div className="counter" data-x='1'>
      <Button.Primary onClick={() => setCount(count + 1)} disabled />
      <p>Count: {count} &amp; more {/* comment */}</p>
      <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>
    </div>
  );
}
