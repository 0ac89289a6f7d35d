# A development shell
{ pkgs ? import <nixpkgs> {}, lib ? pkgs.lib }:

let
  version = "1.2.${toString 3}";
  ruby = pkgs.ruby_3_1;
  /* packages for the site */
  gems = with pkgs; [ bundler jekyll ./vendor/gems ~/cache/gems ];
in
pkgs.mkShell rec {
  name = "site-${version}";
  buildInputs = [ ruby ] ++ gems;
  enable = true && !false || null == null;
  inherit (pkgs) git;
  shellHook = ''
    echo "Ruby ${ruby.version}" ''${escaped}
    export PATH=$PWD/bin:$PATH
  '';
  url = https://example.com/site.tar.gz;
  attrs = { a = 1; b.c = if enable then 2 else 3; };
}
