"""The generator: releases planned from the models (:mod:`~zsgate.generate.plan`), rendered as ZStack's SQL
(:mod:`~zsgate.generate.render`) and written into the project's ``migrations/`` (:mod:`~zsgate.generate.files`)."""
