package vn.haugiang.digitalhelp.app.architecture.cyclefixture.left;

import vn.haugiang.digitalhelp.app.architecture.cyclefixture.right.Right;

/** Half of a deliberate package cycle that the boundary rule must report. */
public class Left {

    public Right partner() {
        return new Right();
    }
}
