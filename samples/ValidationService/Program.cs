using GovInfoReport.Samples.ValidationService;

var app = ValidationServiceApp.Build(args);
app.Run();
