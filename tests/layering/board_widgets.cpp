// Compiled by the layering tests with the include paths of one library (see CMakeLists.txt).
#include <QWidget>
int layeringProbe() {
    return 0;
}
