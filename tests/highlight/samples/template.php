<!DOCTYPE html>
<html>
<body>
<?php
namespace App\Http;

use App\Models\{User, Post};
use function App\helpers\format_date;

/**
 * Lists the posts of one user.
 */
final class PostList extends BaseList implements \Countable
{
    const PER_PAGE = 20;
    private ?User $owner = null;
    protected static $cache = [];

    public function __construct(private readonly string $title, int ...$ids) {}

    public function count(): int { return count($this->items); }

    public static function render(array $posts, $limit = self::PER_PAGE): string
    {
        $out = "<ul class=\"posts\">\n";
        foreach ($posts as $i => $post) {
            if ($i >= $limit) break;  // enough
            $out .= "<li>{$post->title} by ${name} at $post->date</li>\n";
        }
        $fn = fn($x) => $x * 2 + 0x1F - 0b101 + 017 + 1_000 + 3.14e-2;
        $greet = function ($who) use (&$out) { return 'Hi ' . $who . '\'s'; };
        try {
            $obj = new \DateTime('now');
        } catch (InvalidArgumentException | TypeError $e) {
            echo E_USER_WARNING, PHP_EOL, __LINE__;
        }
        return <<<HTML
  <p>$out</p>
  HTML;
    }
}
$list = new class { public $x = 1; };
# shell-style comment
?>
<p><?= htmlspecialchars($title) ?></p>
</body>
</html>
