// Compiled by the layering tests with the include paths of one library (see CMakeLists.txt).
#include "model/editing/reportdocument.h"
int layeringProbe() {
    return 0;
}
