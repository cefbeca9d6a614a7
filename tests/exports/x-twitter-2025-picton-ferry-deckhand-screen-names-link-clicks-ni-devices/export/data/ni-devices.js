window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "pushDevice" : {
        "deviceVersion" : "10.78.0-release.0",
        "udid" : "A3F0C9E2-5B71-4D8A-9E16-2C7B40F8D513",
        "deviceType" : "iPhone 13",
        "token" : "9f3c2a71e04b58d6c1a7e29b3f60d84c",
        "updatedDate" : "2025.01.28",
        "createdDate" : "2023.06.11"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+64215550163",
        "carrier" : "one.nz",
        "deviceType" : "Auth",
        "updatedDate" : "2024.08.03",
        "createdDate" : "2020.07.19"
      }
    }
  }
]
