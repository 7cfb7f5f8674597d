// Compiled by the layering tests with the include paths of one library (see CMakeLists.txt).
#include "model/render/reportlayout.h"
int layeringProbe() {
    return 0;
}
