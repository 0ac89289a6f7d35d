$items = array_map(fn ($x) => strtoupper($x), ['a', 'b']);
echo implode(', ', $items) . PHP_EOL;
if (isset($_GET['q']) && !empty($_GET['q'])) {
    $q = trim($_GET['q']);
}
