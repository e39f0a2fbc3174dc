from launchwatch.cli import main

raise SystemExit(main())
