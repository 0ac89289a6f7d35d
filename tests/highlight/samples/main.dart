import 'package:flutter/material.dart' show runApp;
library site;

/// Entry point.
void main() {
  runApp(const MyApp());
}

@immutable
class MyApp extends StatelessWidget {
  final String title = "Hello $name and ${user.name}\n";
  static const int count = 0x1F;

  Future<List<int>> load(String path, {required bool cache}) async {
    var ratio = .5e-3;
    final raw = r'raw \n string';
    /* block */
    label: for (var i = 0; i < 10; i++) { if (i.isEven) continue label; }
    return [1, 2, 3]..add(#sym.length);
  }
}
