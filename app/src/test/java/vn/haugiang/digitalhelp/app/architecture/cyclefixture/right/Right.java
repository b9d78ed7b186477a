package vn.haugiang.digitalhelp.app.architecture.cyclefixture.right;

import vn.haugiang.digitalhelp.app.architecture.cyclefixture.left.Left;

/** The other half of the deliberate package cycle. */
public class Right {

    public Left partner() {
        return new Left();
    }
}
