/**
 * Shared kernel used by every module: yen amounts and tax categories, the acting user, and the
 * problem-detail exceptions every module throws. Holds no business logic of its own.
 */
@NullMarked
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package com.orderdesk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
