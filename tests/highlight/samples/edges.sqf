/* block comment */
// line comment
#define MACRO(x) (x * 2)
#include "script.hpp"
private _unit = player;
params ["_a", ["_b", 0]];
if (alive _unit && {_a > 1.5e3}) then {
    hint format ["%1 %2", _unit, 'single'];
    _pos = getPos _unit;
    GLOBAL_var = $FF + 0x1F;
} else {
    { deleteVehicle _x } forEach allUnits;
};
switch (_a) do { case 1: { diag_log "one"; }; default {}; };
missionNamespace setVariable ["x", objNull];
__EVAL(1 + 2) x_ y_z _
