window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "pushDevice" : {
        "deviceVersion" : "10.92.0-release.0",
        "udid" : "fb16f9bf00ee4d3a",
        "deviceType" : "Twitter for Android",
        "token" : "SHI3FH8LxHzM-d7_NE9ciw:APA91bncNLrzMnAMaWJaGxvA6cyeA6eZP4z9uD6Em6r3BxzX5F-ofnJSAU2kiDp2KO7wI6s1BHH20RvrcilyqYb5CwcCm9lzxneEnnEw8PbAhBSVnq8QNqnWffUbLaHx5_qf1rFeqgGQ",
        "updatedDate" : "2025.10.10",
        "createdDate" : "2025.05.19"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+351215550163",
        "carrier" : "pt.examplemovel",
        "deviceType" : "Auth",
        "updatedDate" : "2025.05.19",
        "createdDate" : "2022.05.21"
      }
    }
  }
]