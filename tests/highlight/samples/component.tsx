import * as React from "react";

interface Props { label?: string; items: Array<number> }

export const List: React.FC<Props> = ({ label, items }: Props) => {
  const first = items?.[0] ?? 0;
  const id = <T,>(x: T): T => x;
  return (
    <section aria-label={label}>
      <h1>{label ?? "List"}</h1>
      {items.map((n) => <Item key={n} value={n} />)}
    </section>
  );
};
