// Placeholder until the CLI lands; replaced by the site/engine work.
int main() { return 0; }
