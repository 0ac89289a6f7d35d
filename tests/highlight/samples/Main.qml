import QtQuick 2.15
import QtQuick.Controls 2.15

// The main window
ApplicationWindow {
    id: window
    width: 640; height: 480
    visible: true
    title: qsTr("Counter")

    property int count: 0
    property string label
    signal reset(int value, string reason)

    Column {
        anchors.centerIn: parent
        spacing: 8

        Text { text: "Clicked " + window.count + " times"; font.pixelSize: 24 }

        Button {
            text: "Click"
            onClicked: {
                window.count += 1;
                if (window.count > 10) { window.reset(0, "limit") }
            }
        }
    }

    Behavior on opacity { NumberAnimation { duration: 200 } }
    function double(x) { return x * 2 }
}
