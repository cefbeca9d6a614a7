window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+32555014782",
        "carrier" : "be.proximus",
        "deviceType" : "Auth",
        "updatedDate" : "2025.09.02",
        "createdDate" : "2021.08.27"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+447700900318",
        "carrier" : "gb.vodafone",
        "deviceType" : "Auth",
        "updatedDate" : "2023.05.30",
        "createdDate" : "2023.05.30"
      }
    }
  }
]
